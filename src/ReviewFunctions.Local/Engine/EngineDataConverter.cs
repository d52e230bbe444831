using DurableTask.Core.Serializing;

namespace ReviewFunctions.Local.Engine;

/// <summary>
/// The engine client's encoding of inputs and events: System.Text.Json as the isolated worker's shims read them. The
/// client's own default is Newtonsoft with type names, which the orchestrations could not read back.
/// </summary>
internal sealed class EngineDataConverter : DataConverter
{
    private static readonly Microsoft.DurableTask.DataConverter Worker = Microsoft.DurableTask.Converters.JsonDataConverter.Default;

    public override string? Serialize(object value) => Worker.Serialize(value);

    public override string? Serialize(object value, bool formatted) => Worker.Serialize(value);

    public override object? Deserialize(string data, Type objectType) => Worker.Deserialize(data, objectType);
}
