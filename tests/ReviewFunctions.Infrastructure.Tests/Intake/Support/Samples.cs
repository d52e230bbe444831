using ReviewFunctions.Infrastructure.Intake;

namespace ReviewFunctions.Infrastructure.Tests.Intake.Support;

/// <summary>The shared samples ref-a and ref-b, each as the Word form e-mailed and as the fields typed in the body.</summary>
internal static class Samples
{
    public static byte[] Bytes(string file) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Samples", file));

    public static IntakeMessage Message(string file)
    {
        Assert.True(GraphMessageJson.TryParse(Bytes(file), out var message, out var problem), problem);
        return message;
    }

    /// <summary>The .docx sample: byte for byte the attachment of its .email.json.</summary>
    public static byte[] Docx(string name) => Message(name + ".email.json").Attachments[0].Content.ToArray();
}
