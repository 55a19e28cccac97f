namespace Logistics.Storage.Azure.Blobs;

/// <summary>The one way a store signs its requests.</summary>
internal enum AzureBlobAuthorization
{
    /// <summary>Shared Key: an account name and key, given or in the connection string.</summary>
    SharedKey,

    /// <summary>A SAS token, given, in the container URL's query or in the connection string.</summary>
    Sas,

    /// <summary>Entra ID bearer tokens from a <c>TokenCredential</c>.</summary>
    EntraId,
}
