using System.Buffers.Text;
using System.Text;

namespace Logistics.DurableTask.Sqlite;

/// <summary>The opaque continuation token of instance queries: the last instance id of the previous page.</summary>
/// <remarks>Pages are ordered by instance id, so a page resumes after that id even when instances were added or purged meanwhile.</remarks>
internal static class QueryContinuationToken
{
    private const string Prefix = "dt1:";

    public static string Create(string lastInstanceId) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Prefix + lastInstanceId));

    /// <summary>The instance id to resume after; empty for the first page.</summary>
    /// <exception cref="ArgumentException">The token was not issued by <see cref="Create"/>.</exception>
    public static string Parse(string? token, string paramName)
    {
        if (string.IsNullOrEmpty(token))
            return string.Empty;
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(Base64Url.DecodeFromChars(token));
        }
        catch (Exception exception) when (exception is FormatException or DecoderFallbackException)
        {
            throw new ArgumentException("The continuation token is not one this task hub issued.", paramName, exception);
        }

        return text.StartsWith(Prefix, StringComparison.Ordinal) && text.Length > Prefix.Length
            ? text[Prefix.Length..]
            : throw new ArgumentException("The continuation token is not one this task hub issued.", paramName);
    }
}
