using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>
/// What went wrong when intake failed on a message: the exception's type and stack, and those of its inner
/// exceptions. Never the exception's message, which a parser may fill with what it was reading.
/// </summary>
public sealed record IntakeFailure(string ExceptionType, string StackTrace)
{
    public static IntakeFailure From(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var stack = new StringBuilder();
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (stack.Length > 0)
            {
                stack.Append("--- inner ").AppendLine(e.GetType().FullName);
            }

            stack.AppendLine(e.StackTrace);
        }

        return new IntakeFailure(exception.GetType().FullName ?? exception.GetType().Name, stack.ToString().TrimEnd());
    }

    /// <summary>The record kept beside the quarantined message, for whoever looks at it.</summary>
    public byte[] ToJson(DateTimeOffset quarantinedAt) => JsonSerializer.SerializeToUtf8Bytes(new JsonObject
    {
        ["reason"] = QuarantineReason.Failed.ToName(),
        ["detail"] = "Intake failed on this message with an unexpected error, so it was kept here unread for a person to deal with.",
        ["exceptionType"] = ExceptionType,
        ["stackTrace"] = StackTrace,
        ["quarantinedAt"] = quarantinedAt.ToString("O", CultureInfo.InvariantCulture),
    });
}
