using System.Globalization;

namespace ReviewFunctions.Infrastructure.Mail;

/// <summary>
/// One part of one occurrence of a notice on one review: the unit that is sent at most once where the ledger or the
/// mail service can tell, and the idempotency key carried in SendGrid's custom args and kept with the evidence.
/// </summary>
internal sealed record NoticeKey(string Reference, string Notice, string Step, int Occurrence, string Part)
{
    public const string CustomArg = "idempotency-key";

    public string Idempotency => $"{Reference}/{Notice}/{Step}/{Occurrence.ToString(CultureInfo.InvariantCulture)}/{Part}";

    public string LedgerKey => NoticeLedger.SentKey(Notice, Step, Occurrence, Part);

    public string SendingKey => NoticeLedger.Key("sending", Notice, Step, Occurrence, Part);
}
