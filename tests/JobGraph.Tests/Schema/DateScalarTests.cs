using System.Globalization;
using JobGraph.Server.Schema;

namespace JobGraph.Tests.Schema;

public sealed class DateScalarTests
{
    private static readonly DateTime _instant = new(2024, 1, 15, 10, 40, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(0, "2024-01-15T10:40:00Z")]
    [InlineData(2_500_000, "2024-01-15T10:40:00.25Z")]
    [InlineData(1_230_000, "2024-01-15T10:40:00.123Z")]
    [InlineData(1, "2024-01-15T10:40:00.0000001Z")]
    public void ToIso_prints_whole_seconds_bare_and_fractions_without_trailing_zeros(long ticks, string expected)
    {
        // Act
        var text = DateScalar.ToIso(_instant.AddTicks(ticks));

        // Assert
        Assert.Equal(expected, text);
    }

    [Fact]
    public void Serialize_prints_a_utc_time_as_is()
    {
        // Act
        var text = new DateScalar().Serialize(_instant);

        // Assert
        Assert.Equal("2024-01-15T10:40:00Z", text);
    }

    [Fact]
    public void Serialize_reads_an_unspecified_time_as_utc()
    {
        // Arrange
        var unspecified = DateTime.SpecifyKind(_instant, DateTimeKind.Unspecified);

        // Act
        var text = new DateScalar().Serialize(unspecified);

        // Assert
        Assert.Equal("2024-01-15T10:40:00Z", text);
    }

    [Fact]
    public void Serialize_converts_a_local_time_to_utc()
    {
        // Arrange
        var local = _instant.ToLocalTime();

        // Act
        var text = new DateScalar().Serialize(local);

        // Assert
        Assert.Equal(DateTimeKind.Local, local.Kind);
        Assert.Equal("2024-01-15T10:40:00Z", text);
    }

    [Fact]
    public void Serialize_converts_an_offset_time_to_utc()
    {
        // Arrange
        var offset = new DateTimeOffset(2024, 1, 15, 12, 40, 0, TimeSpan.FromHours(2));

        // Act
        var text = new DateScalar().Serialize(offset);

        // Assert
        Assert.Equal("2024-01-15T10:40:00Z", text);
    }

    [Theory]
    [InlineData("2024-05-01T14:00:00+02:00", "2024-05-01T12:00:00Z")]
    [InlineData("2024-05-01T12:00:00Z", "2024-05-01T12:00:00Z")]
    [InlineData("2024-05-01T12:00:00", "2024-05-01T12:00:00Z")]
    [InlineData("2024-05-01T09:30:00.5-02:30", "2024-05-01T12:00:00.5Z")]
    public void ParseValue_reads_an_iso_timestamp_as_utc(string input, string expected)
    {
        // Act
        var parsed = new DateScalar().ParseValue(input);

        // Assert
        var value = Assert.IsType<DateTime>(parsed);
        Assert.Equal(DateTimeKind.Utc, value.Kind);
        Assert.Equal(DateTime.Parse(expected, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal), value);
    }

    [Theory]
    [InlineData("2024-05-01")]
    [InlineData("not a date")]
    [InlineData("")]
    public void ParseValue_rejects_anything_but_a_date_time(string input)
    {
        // Act
        var parse = () => new DateScalar().ParseValue(input);

        // Assert
        Assert.Throws<InvalidOperationException>(parse);
    }
}
