using ReviewFunctions.Bench.ReviewLife;
using ReviewFunctions.Domain.Notices;
using ReviewFunctions.Domain.Procedures;
using ReviewFunctions.Local.Hosting;
using ReviewFunctions.Local.SignIn;

// Drives one review through its whole life on a running local host, over HTTP only, and prints how long the host took.
var (arguments, problem) = BenchArguments.Read(args);
if (arguments is null)
{
    Console.Error.WriteLine(problem);
    Console.Error.WriteLine(BenchArguments.Usage);
    return 2;
}

var people = BoardPeople.Read(LocalBoard.SettingsJson(arguments.Board));
using var host = new HostClient(arguments.Url, people);
try
{
    var life = await new ReviewLifeRun(host, new BoardHabits(ProcedureCatalogue.Embedded, NoticeCatalogue.Embedded, people)).RunAsync(await File.ReadAllTextAsync(arguments.Referral));
    LifeReport.Write(Console.Out, host, life);
    return 0;
}
catch (Exception e) when (e is BenchException or HttpRequestException)
{
    Console.Error.WriteLine(e.Message);
    return 1;
}
