namespace ReviewFunctions.Domain.Calendar;

/// <summary>
/// A set of bank holidays as the feed groups them. England and Wales share one; Jersey is our own
/// addition because gov.uk does not publish the Channel Islands.
/// </summary>
internal enum Division
{
    EnglandAndWales,
    Scotland,
    NorthernIreland,
    Jersey,
}
