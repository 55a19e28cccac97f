using System.Net.Http.Headers;
using Logistics.Storage.Azure.Blobs;

namespace Logistics.Storage.Tests.Blobs;

/// <summary>Pins the Shared Key string-to-sign layout; Azurite proves the signature, this shows what is signed.</summary>
public sealed class SharedKeyAuthorizerTests
{
    private readonly SharedKeyAuthorizer _authorizer = new(AzuriteFixture.AccountName, Convert.FromBase64String(AzuriteFixture.AccountKey));

    [Fact]
    public void The_string_to_sign_has_the_documented_fields_canonical_headers_and_decoded_sorted_query()
    {
        using var request = new HttpRequestMessage(
            HttpMethod.Put,
            "http://127.0.0.1:10000/devstoreaccount1/reports/a%20b.csv?comp=block&blockid=QUJD%2B%3D%3D")
        {
            Content = new ByteArrayContent([1, 2, 3]),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/xml");
        request.Headers.TryAddWithoutValidation("x-ms-version", "2021-12-02");
        request.Headers.TryAddWithoutValidation("X-MS-Date", "Sat, 21 Nov 2026 08:00:00 GMT");
        request.Headers.TryAddWithoutValidation("x-ms-blob-type", " BlockBlob ");
        request.Headers.TryAddWithoutValidation("If-None-Match", "*");

        var text = _authorizer.StringToSign(request);

        Assert.Equal(
            "PUT\n\n\n3\n\napplication/xml\n\n\n\n*\n\n\n"
            + "x-ms-blob-type:BlockBlob\nx-ms-date:Sat, 21 Nov 2026 08:00:00 GMT\nx-ms-version:2021-12-02\n"
            + "/devstoreaccount1/devstoreaccount1/reports/a%20b.csv\nblockid:QUJD+==\ncomp:block",
            text);
    }

    [Fact]
    public void A_zero_content_length_is_signed_as_empty()
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, "https://acct.blob.core.windows.net/c?restype=container")
        {
            Content = new ByteArrayContent([]),
        };

        Assert.StartsWith("PUT\n\n\n\n", _authorizer.StringToSign(request), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_authorization_header_names_the_account()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://acct.blob.core.windows.net/c/b");

        await _authorizer.AuthorizeAsync(request, CancellationToken.None);

        Assert.Equal("SharedKey", request.Headers.Authorization!.Scheme);
        Assert.StartsWith(AzuriteFixture.AccountName + ":", request.Headers.Authorization.Parameter, StringComparison.Ordinal);
    }
}
