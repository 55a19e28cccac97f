using Logistics.Edi.X12;

namespace Logistics.Edi.Tests;

/// <summary>Reads the first transaction set of an interchange, failing the test if the envelope is not sound.</summary>
internal static class X12Sets
{
    public static X12TransactionSet First(string interchange)
    {
        var result = X12Reader.Read(interchange);
        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        return result.Interchange!.Groups[0].TransactionSets[0];
    }
}
