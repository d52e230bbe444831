using System.Globalization;
using ReviewFunctions.Domain.Calendar;

namespace ReviewFunctions.Local.Cli;

/// <summary><c>calendar add-working-days</c> and <c>calendar holidays</c>: the working-day arithmetic a Board relies on.</summary>
internal static class CalendarVerb
{
    public static int Run(string[] args, TextWriter stdout)
    {
        if (args.Length == 0)
        {
            throw new UsageException("calendar: say add-working-days or holidays");
        }

        var options = new Arguments(args[1..], new HashSet<string>(["--json"], StringComparer.Ordinal));
        switch (args[0])
        {
            case "add-working-days":
                {
                    var nation = options.RequiredNation("--nation");
                    var from = options.RequiredDate("--from");
                    var days = options.RequiredInt("--days", -3650, 3650);
                    var json = options.Flag("--json");
                    options.RejectUnknown();
                    var date = UkCalendar.Default.AddWorkingDays(nation, from, days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    if (json)
                    {
                        CliJson.Write(stdout, new { nation = nation.ToName(), from = from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), days, date });
                    }
                    else
                    {
                        stdout.WriteLine(date);
                    }

                    return CommandLine.Ok;
                }

            case "holidays":
                {
                    var nation = options.RequiredNation("--nation");
                    var year = options.RequiredInt("--year", 1900, 2200);
                    var json = options.Flag("--json");
                    options.RejectUnknown();
                    var holidays = UkCalendar.Default.Holidays(nation, year);
                    if (json)
                    {
                        CliJson.Write(stdout, holidays.Select(h => new { date = h.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), title = h.Title }));
                    }
                    else
                    {
                        foreach (var h in holidays)
                        {
                            stdout.WriteLine($"{h.Date.ToString("ddd dd MMM yyyy", CultureInfo.GetCultureInfo("en-GB")),-16}  {h.Title}");
                        }
                    }

                    return CommandLine.Ok;
                }

            default:
                throw new UsageException($"calendar: unknown action '{args[0]}' (use add-working-days or holidays)");
        }
    }
}
