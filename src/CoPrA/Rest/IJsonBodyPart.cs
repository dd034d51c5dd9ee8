namespace CoPrA.Rest;

/// <summary>
/// A request record that writes its own members, in the API's order, into the object a
/// <see cref="JsonBody"/> has open: the record's one wire shape, whether it is a whole body or nested.
/// </summary>
internal interface IJsonBodyPart
{
    /// <summary>Writes the record's members (not the braces) into the open object.</summary>
    void WriteTo(JsonBody body);
}
