namespace ReviewFunctions.Infrastructure.Tests.Support;

/// <summary>Tests that share one Azurite. Each uses its own tables, container and review references.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteGroup : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
