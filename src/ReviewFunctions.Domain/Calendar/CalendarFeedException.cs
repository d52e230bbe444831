namespace ReviewFunctions.Domain.Calendar;

/// <summary>
/// A bank-holiday feed could not be used. The message names the division, the event and the field
/// at fault so that whoever supplied the feed can fix it without a debugger.
/// </summary>
public sealed class CalendarFeedException : Exception
{
    public CalendarFeedException()
    {
    }

    public CalendarFeedException(string message)
        : base(message)
    {
    }

    public CalendarFeedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
