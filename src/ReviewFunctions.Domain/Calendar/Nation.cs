namespace ReviewFunctions.Domain.Calendar;

/// <summary>A jurisdiction whose bank holidays and procedures differ. Wales shares England's holidays.</summary>
public enum Nation
{
    England,
    Wales,
    Scotland,
    NorthernIreland,
    Jersey,
}
