namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>One page of a table query; the page may be empty even when more follow.</summary>
internal sealed record TableQueryPage(IReadOnlyList<TableEntity> Entities, TableContinuation? Continuation);
