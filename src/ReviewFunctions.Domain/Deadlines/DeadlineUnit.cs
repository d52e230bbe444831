namespace ReviewFunctions.Domain.Deadlines;

/// <summary>How a deadline is counted. Only working days skip weekends and bank holidays.</summary>
public enum DeadlineUnit
{
    WorkingDays,
    Hours,
    Days,
    Weeks,
    Months,
}
