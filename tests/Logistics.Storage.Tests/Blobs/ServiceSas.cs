using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Logistics.Storage.Tests.Blobs;

/// <summary>
/// Builds a container service SAS (version 2021-12-02) the way a deployment script would hand one to the app; the
/// adapter only consumes SAS tokens, so generating them lives with the tests.
/// </summary>
public static class ServiceSas
{
    private const string Version = "2021-12-02";

    /// <summary>A token for <paramref name="container"/> with <paramref name="permissions"/> (e.g. <c>racwdl</c>) until <paramref name="expiresOn"/>.</summary>
    public static string ForContainer(string accountName, string accountKey, string container, string permissions, DateTimeOffset expiresOn)
    {
        var expiry = expiresOn.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

        // Fields per "Create a service SAS", version 2020-12-06 and later: sp, st, se, canonicalized resource, si, sip,
        // spr, sv, sr, snapshot time, encryption scope, rscc, rscd, rsce, rscl, rsct.
        string[] fields =
        [
            permissions, string.Empty, expiry, $"/blob/{accountName}/{container}", string.Empty, string.Empty, string.Empty,
            Version, "c", string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty,
        ];
        var signature = Convert.ToBase64String(
            HMACSHA256.HashData(Convert.FromBase64String(accountKey), Encoding.UTF8.GetBytes(string.Join('\n', fields))));
        return $"sv={Version}&sr=c&sp={permissions}&se={Uri.EscapeDataString(expiry)}&sig={Uri.EscapeDataString(signature)}";
    }
}
