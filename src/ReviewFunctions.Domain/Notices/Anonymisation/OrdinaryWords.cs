namespace ReviewFunctions.Domain.Notices;

/// <summary>
/// Names that are also everyday words ("Brown", "May", "Hope", "Marsh"). Such a name only counts as written when it is
/// used like a name, so a letter that says "may" or "in May 2027" is not stopped for a family called May.
/// </summary>
public static class OrdinaryWords
{
    public static readonly IReadOnlySet<string> Months = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    };

    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        // Months and days.
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",

        // Colours, seasons, virtues and gems.
        "brown", "green", "white", "black", "grey", "gray", "gold", "silver", "amber", "ruby", "pearl", "jade", "crystal", "coral",
        "summer", "winter", "autumn", "spring", "dawn", "eve", "hope", "faith", "grace", "joy", "charity", "patience", "honor",
        "honour", "mercy", "constance", "prudence", "sunny", "sky", "star", "storm", "rain", "snow", "frost", "love", "chance",

        // Nature.
        "wood", "woods", "hill", "hills", "field", "fields", "marsh", "moss", "rose", "lily", "heather", "holly", "ivy", "daisy",
        "hazel", "ash", "rowan", "willow", "brook", "brooks", "lake", "rivers", "river", "stone", "rock", "bush", "dale", "forest",
        "moor", "heath", "glen", "lane", "fox", "crane", "swan", "hawk", "finch", "bird", "lamb", "bull", "wolf", "bear", "drake",
        "robin", "wren", "jay", "sparrow", "oak", "oakes", "birch", "elm", "reed", "rush", "sage", "clay", "sand", "sandy", "moon",
        "sun", "land", "vale", "waters", "wells", "bridge", "brooke", "meadow", "meadows", "rivers", "shore", "bay", "sea",

        // Trades and ranks.
        "baker", "cook", "mason", "carter", "taylor", "turner", "fisher", "hunter", "porter", "miller", "butler", "cooper",
        "parker", "walker", "archer", "farmer", "gardner", "gardener", "shepherd", "weaver", "page", "bishop", "knight", "king",
        "prince", "duke", "lord", "marshall", "sergeant", "constable", "warden", "steward", "judge", "tanner", "smith", "barber",
        "sheriff", "pope", "chamberlain", "clerk", "fowler", "glover", "salter", "thatcher", "draper", "fletcher",

        // Everyday words.
        "will", "mark", "bill", "frank", "art", "bob", "pat", "sue", "don", "gene", "guy", "jack", "rich", "rusty", "young",
        "long", "short", "little", "small", "good", "best", "strong", "wise", "sharp", "hart", "hall", "case", "cross", "law",
        "low", "day", "night", "mann", "power", "price", "rice", "bacon", "bell", "booth", "bond", "child", "church", "early",
        "english", "french", "hand", "house", "hood", "horn", "hunt", "key", "keys", "legg", "lock", "mills", "more", "north",
        "south", "east", "west", "noble", "read", "salt", "savage", "sellers", "stock", "street", "strange", "swift", "tower",
        "trim", "wall", "walls", "ward", "watt", "wing", "worth", "york", "golding", "goodman", "coates", "cole", "brain",
        "care", "board", "panel", "review", "chair", "trust", "court", "head", "service", "agency", "police", "health", "nurse",
        "home", "grant", "major", "miles", "norman", "penny", "victory", "wade", "lane", "paris", "florence", "august", "earnest",
    };

    public static bool Contains(string word) => Words.Contains(word);
}
