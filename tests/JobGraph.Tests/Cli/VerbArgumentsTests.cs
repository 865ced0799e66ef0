using JobGraph.Server.Cli;

namespace JobGraph.Tests.Cli;

public sealed class VerbArgumentsTests
{
    [Theory]
    [InlineData("30d", 30 * 24 * 60)]
    [InlineData("12h", 12 * 60)]
    [InlineData("45m", 45)]
    [InlineData("1d", 24 * 60)]
    public void Expires_in_takes_days_hours_or_minutes(string text, int minutes)
        => Assert.Equal(TimeSpan.FromMinutes(minutes), VerbArguments.Parse(["create", "--expires-in", text]).Duration("expires-in"));

    [Theory]
    [InlineData("0d")]
    [InlineData("-1d")]
    [InlineData("30")]
    [InlineData("d")]
    [InlineData("2w")]
    [InlineData("1.5h")]
    [InlineData(" 3d")]
    public void Expires_in_refuses_anything_else(string text)
        => Assert.Throws<UsageException>(() => VerbArguments.Parse(["create", "--expires-in", text]).Duration("expires-in"));

    [Fact]
    public void An_absent_duration_is_null() => Assert.Null(VerbArguments.Parse(["create"]).Duration("expires-in"));

    [Fact]
    public void Options_take_the_next_argument_or_the_part_after_an_equals_sign()
    {
        // Act
        var arguments = VerbArguments.Parse(["create", "--user", "user_1", "--name=ci bot"]);

        // Assert
        Assert.Equal("create", arguments.Subcommand);
        Assert.Equal("user_1", arguments.Required("user"));
        Assert.Equal("ci bot", arguments.Optional("name"));
    }

    [Fact]
    public void Configuration_keys_are_left_to_the_host_and_not_refused_as_unknown_options()
    {
        // Arrange
        var arguments = VerbArguments.Parse(["list", "--user", "u", "--Database:ConnectionString=Data Source=x.db", "--DemoData:Enabled", "false"]);

        // Act
        arguments.Expect(1, "user");

        // Assert
        Assert.Equal("u", arguments.Required("user"));
        Assert.Null(arguments.Optional("Database:ConnectionString"));
    }

    [Fact]
    public void An_option_given_twice_is_refused()
        => Assert.Throws<UsageException>(() => VerbArguments.Parse(["create", "--user", "a", "--user", "b"]));
}
