namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>Azurite's fixed development account; its key is public and documented, so it is no secret.</summary>
internal static class DevelopmentStorage
{
    public const string AccountName = "devstoreaccount1";

    public const string AccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    public static readonly Uri BlobEndpoint = new("http://127.0.0.1:10000/devstoreaccount1");

    public static readonly Uri TableEndpoint = new("http://127.0.0.1:10002/devstoreaccount1");
}
