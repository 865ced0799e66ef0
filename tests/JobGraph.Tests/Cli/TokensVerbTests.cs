using System.Text.RegularExpressions;
using JobGraph.Server.Auth;
using JobGraph.Server.Cli;
using JobGraph.Server.Data;
using JobGraph.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace JobGraph.Tests.Cli;

/// <summary>The <c>tokens</c> verb, run as its own process against the running server's database file.</summary>
[Collection(ServerCollection.Name)]
public sealed partial class TokensVerbTests(ServerFixture server)
{
    private const string MeQuery = "query Me { me { id } }";

    [Fact]
    public async Task A_created_token_works_until_it_is_revoked_and_is_refused_on_the_next_request()
    {
        // Arrange
        var tenant = await server.CreateTenantAsync();
        var created = await TokensAsync("create", "--user", tenant.UserId, "--name", "ci");
        Assert.True(created.ExitCode == 0, created.ToString());
        var client = server.Client(Secret(created));
        var before = await client.PostAsync(MeQuery);

        // Act
        var revoked = await TokensAsync("revoke", "--id", TokenId(created));
        var after = await client.PostAsync(MeQuery);

        // Assert
        Assert.Equal(tenant.UserId, (string?)before.AssertData()["me"]!["id"]);
        Assert.True(revoked.ExitCode == 0, revoked.ToString());
        Assert.Equal(["UNAUTHENTICATED"], after.ErrorCodes);
        Assert.Null(after.Data!["me"]);
    }

    [Fact]
    public async Task Revoking_by_the_token_itself_refuses_it_and_list_shows_it_revoked()
    {
        // Arrange
        var tenant = await server.CreateTenantAsync();
        var created = await TokensAsync("create", "--user", tenant.UserId);
        var secret = Secret(created);

        // Act
        var revoked = await TokensAsync("revoke", "--token", secret);
        var listed = await TokensAsync("list", "--user", tenant.UserId);
        var after = await server.Client(secret).PostAsync(MeQuery);

        // Assert
        Assert.True(revoked.ExitCode == 0, revoked.ToString());
        Assert.Equal(["UNAUTHENTICATED"], after.ErrorCodes);
        var line = Assert.Single(listed.Output.Split('\n'), l => l.StartsWith(TokenId(created), StringComparison.Ordinal));
        Assert.Contains(" revoked ", line, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, listed.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_created_with_expires_in_expires_that_long_after_creation_and_only_its_hash_is_stored()
    {
        // Arrange
        var tenant = await server.CreateTenantAsync();
        var started = DateTime.UtcNow;

        // Act
        var created = await TokensAsync("create", "--user", tenant.UserId, "--name", "nightly", "--expires-in", "30d");

        // Assert
        Assert.True(created.ExitCode == 0, created.ToString());
        var stored = await StoredTokenAsync(TokenId(created));
        Assert.Equal("nightly", stored.Name);
        Assert.Equal(tenant.UserId, stored.UserId);
        Assert.Equal(TokenHasher.Hash(Secret(created)), stored.TokenHash);
        Assert.InRange(stored.ExpiresAt!.Value - stored.CreatedAt, TimeSpan.FromDays(30), TimeSpan.FromDays(30));
        Assert.InRange(stored.CreatedAt, started.AddSeconds(-1), DateTime.UtcNow);
        Assert.DoesNotContain(Secret(created), await File.ReadAllTextAsync(server.DatabasePath), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Creating_a_token_for_a_missing_user_fails_and_stores_nothing()
    {
        // Arrange
        var userId = TestIds.New("nobody");

        // Act
        var created = await TokensAsync("create", "--user", userId);

        // Assert
        Assert.Equal(1, created.ExitCode);
        Assert.Equal("", created.Output);
        Assert.Contains(userId, created.Error, StringComparison.Ordinal);
        await using var db = await DbAsync();
        Assert.False(await db.ApiTokens.AnyAsync(t => t.UserId == userId));
    }

    [Fact]
    public async Task Revoking_an_unknown_token_fails_with_exit_code_1()
    {
        // Act
        var revoked = await TokensAsync("revoke", "--id", TestIds.New("token"));

        // Assert
        Assert.True(revoked.ExitCode == 1, revoked.ToString());
        Assert.Contains("No such token", revoked.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tokens", "create")]
    [InlineData("tokens", "create", "--user", "u", "--expires-in", "1w")]
    [InlineData("tokens", "create", "--usr", "u")]
    [InlineData("tokens", "revoke")]
    [InlineData("tokens", "revoke", "--id", "a", "--token", "b")]
    [InlineData("tokens", "list", "--user", "u", "extra")]
    [InlineData("tokens", "rotate")]
    public async Task A_wrong_command_line_prints_the_usage_exits_2_and_opens_no_database(params string[] args)
    {
        // Arrange
        var folder = Path.Combine(Path.GetTempPath(), TestIds.New("jobgraph-cli"));

        using var output = new StringWriter();
        using var error = new StringWriter();

        // Act
        // In process, through the entry Program calls: a usage error returns before any host is built.
        var exitCode = await CommandLine.RunAsync(
            [.. args, $"--Database:ConnectionString=Data Source={folder}/jobgraph.db"], output, error, CancellationToken.None);

        // Assert
        Assert.Equal(2, exitCode);
        Assert.Equal("", output.ToString());
        Assert.Contains("tokens create --user <userId>", error.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder), "The verb created the database folder.");
    }

    private Task<ProcessResult> TokensAsync(params string[] args)
        => ServerCommand.RunAsync(["tokens", .. args, $"--Database:ConnectionString=Data Source={server.DatabasePath}"]);

    /// <summary>The token the create command printed: its last line.</summary>
    private static string Secret(ProcessResult created)
        => Assert.Single(created.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith("jg_", StringComparison.Ordinal)).Trim();

    private static string TokenId(ProcessResult created) => TokenIdPattern().Match(created.Output) is { Success: true } match
        ? match.Value
        : throw new Xunit.Sdk.XunitException($"No token id in: {created}");

    private async Task<ApiToken> StoredTokenAsync(string id)
    {
        await using var db = await DbAsync();
        return await db.ApiTokens.AsNoTracking().SingleAsync(t => t.Id == id);
    }

    private Task<JobGraphDbContext> DbAsync()
        => server.Factory.Services.GetRequiredService<IDbContextFactory<JobGraphDbContext>>().CreateDbContextAsync();

    [GeneratedRegex("token_[0-9a-f]{16}")]
    private static partial Regex TokenIdPattern();
}
