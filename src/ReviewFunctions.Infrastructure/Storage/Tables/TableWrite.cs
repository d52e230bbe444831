namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>How a single-entity write treats an existing row.</summary>
internal enum TableWrite
{
    /// <summary>Fails with 409 EntityAlreadyExists if the row exists.</summary>
    Insert,

    /// <summary>Fails with 412 (or 404) unless the row's ETag matches.</summary>
    Replace,

    /// <summary>Insert or replace, unconditionally.</summary>
    Upsert,
}
