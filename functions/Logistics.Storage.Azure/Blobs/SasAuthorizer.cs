namespace Logistics.Storage.Azure.Blobs;

/// <summary>Appends a SAS token to the request's query: the token itself is the authorization.</summary>
internal sealed class SasAuthorizer : IBlobRequestAuthorizer
{
    private readonly string _token;

    public SasAuthorizer(string token)
    {
        _token = token.TrimStart('?');
    }

    public string Scheme => "SAS";

    public ValueTask AuthorizeAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri!;
        var separator = string.IsNullOrEmpty(uri.Query) ? "?" : "&";
        request.RequestUri = new Uri(uri.AbsoluteUri + separator + _token);
        return ValueTask.CompletedTask;
    }
}
