namespace ReviewFunctions.Bench.ReviewLife;

/// <summary><c>--url http://127.0.0.1:7071 --referral samples/referrals/ref-a.email.json [--board FILE]</c>.</summary>
/// <param name="Board">The Board file the host runs with, for its people; null for the demonstration Board.</param>
internal sealed record BenchArguments(Uri Url, string Referral, string? Board)
{
    public const string Usage = "Usage: dotnet run --project bench/ReviewLife -- [--url http://127.0.0.1:7071] --referral FILE.email.json [--board FILE]";

    /// <returns>The arguments, or null with the one problem to show.</returns>
    public static (BenchArguments? Arguments, string? Problem) Read(IReadOnlyList<string> args)
    {
        var url = new Uri("http://127.0.0.1:7071");
        string? referral = null;
        string? board = null;
        for (var i = 0; i < args.Count; i += 2)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "--url" when value is not null && Uri.TryCreate(value, UriKind.Absolute, out var given):
                    url = given;
                    break;
                case "--referral" when value is not null:
                    referral = value;
                    break;
                case "--board" when value is not null:
                    board = value;
                    break;
                default:
                    return (null, $"'{args[i]}' needs a value or is not an option.");
            }
        }

        return referral is null ? (null, "Give the referral e-mail to post with --referral.")
            : !File.Exists(referral) ? (null, $"There is no file {referral}.")
            : board is not null && !File.Exists(board) ? (null, $"There is no file {board}.")
            : (new BenchArguments(url, referral, board), null);
    }
}
