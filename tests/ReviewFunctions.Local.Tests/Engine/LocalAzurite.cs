using ReviewFunctions.Emulators.Storage;

namespace ReviewFunctions.Local.Tests.Engine;

/// <summary>One in-memory Azurite for the local-host tests; each test uses its own tables through its own references.</summary>
public sealed class LocalAzurite : IAsyncLifetime
{
    public AzuriteProcess Azurite { get; private set; } = null!;

    public async Task InitializeAsync() => Azurite = await AzuriteProcess.StartAsync(RepositoryRoot.Find(), null, CancellationToken.None);

    public async Task DisposeAsync() => await Azurite.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class LocalAzuriteGroup : ICollectionFixture<LocalAzurite>
{
    public const string Name = "local azurite";
}
