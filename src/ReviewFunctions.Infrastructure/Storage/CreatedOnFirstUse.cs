namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>
/// A table or blob container that is created the first time this process uses it. Asking the service to create one
/// that exists costs a round trip, so it is asked once, not before every call.
/// </summary>
internal sealed class CreatedOnFirstUse<TClient>(TClient client, Func<TClient, CancellationToken, Task> create)
{
    private volatile bool _created;

    public async ValueTask<TClient> GetAsync(CancellationToken ct)
    {
        if (!_created)
        {
            await create(client, ct).ConfigureAwait(false);
            _created = true;
        }

        return client;
    }
}
