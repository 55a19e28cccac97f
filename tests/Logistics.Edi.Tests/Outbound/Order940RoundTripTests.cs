using System.Globalization;
using Logistics.Domain.Items;
using Logistics.Edi.Outbound;

namespace Logistics.Edi.Tests.Outbound;

/// <summary>Property-style: random but well-formed 940s map to exactly the lines they were written from.</summary>
public class Order940RoundTripTests
{
    private static readonly string[] Units = ["EA", "CA", "CS", "CT"];

    [Fact]
    public void Random_orders_map_to_the_lines_they_were_written_from()
    {
        var random = new Random(940);
        for (var run = 0; run < 200; run++)
        {
            var expected = new List<(int Number, string Sku, int Quantity, UnitOfMeasure Unit, string? Lot, string? Description)>();
            var body = new List<string> { $"W05*N*ORD-{run}", "N1*ST*Shop", "N3*1 Main St", "N4*Town" };
            var numbered = random.Next(2) == 0;
            for (var i = 1; i <= random.Next(1, 12); i++)
            {
                var number = numbered ? i * 10 : i;
                var quantity = random.Next(1, OrderLimits.MaxLineUnits + 1);
                var unit = Units[random.Next(Units.Length)];
                var lot = random.Next(3) == 0 ? $"LOT-{random.Next(1000)}" : null;
                var description = random.Next(3) == 0 ? $"Title {random.Next(1000)}" : null;
                var written = random.Next(2) == 0 ? quantity.ToString(CultureInfo.InvariantCulture) : $"{quantity}.00";
                if (numbered)
                {
                    body.Add($"LX*{number}");
                }

                body.Add($"W01*{written}*{unit}**SK*SKU-{i}");
                if (description is not null)
                {
                    body.Add($"G69*{description}");
                }

                if (lot is not null)
                {
                    body.Add($"N9*LT*{lot}");
                }

                expected.Add((number, $"SKU-{i}", quantity, unit == "EA" ? UnitOfMeasure.Each : UnitOfMeasure.Case, lot, description));
            }

            body.Add($"W76*{expected.Sum(l => (long)l.Quantity)}");
            var result = Order940Mapper.Map(X12Sets.First(X12Texts.Interchange("004010", X12Texts.Group("OW", "1", X12Texts.Set("940", "0001", [.. body])))));

            Assert.True(result.IsValid, string.Join("; ", result.Errors));
            Assert.Equal(expected, result.Document!.Lines.Select(l => (l.LineNumber, l.Sku.Value, l.Quantity.Units, l.Unit, l.Lot?.Value, l.Description)));
        }
    }
}
