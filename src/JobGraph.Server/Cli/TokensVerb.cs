using System.Globalization;
using JobGraph.Server.Auth;

namespace JobGraph.Server.Cli;

/// <summary><c>tokens create | revoke | list</c>: API tokens for a user, managed by an operator on the server's database.</summary>
public sealed class TokensVerb : IVerb
{
    public string Name => "tokens";

    public string Usage => """
          tokens create --user <userId> [--name <name>] [--expires-in <30d|12h|45m>]
          tokens revoke --id <tokenId>
          tokens revoke --token <token>
          tokens list --user <userId>
        """;

    public Task<int> RunAsync(VerbArguments arguments, TextWriter output, TextWriter errorOutput, CancellationToken cancellationToken)
        => arguments.Subcommand switch
        {
            "create" => CreateAsync(arguments, output, errorOutput, cancellationToken),
            "revoke" => RevokeAsync(arguments, output, errorOutput, cancellationToken),
            "list" => ListAsync(arguments, output, cancellationToken),
            null => throw new UsageException("Say what to do with tokens: create, revoke or list."),
            var other => throw new UsageException($"Unknown tokens command '{other}'."),
        };

    private static async Task<int> CreateAsync(
        VerbArguments arguments, TextWriter output, TextWriter errorOutput, CancellationToken cancellationToken)
    {
        arguments.Expect(1, "user", "name", "expires-in");
        var userId = arguments.Required("user");
        var name = arguments.Optional("name") ?? "cli";
        var lifetime = arguments.Duration("expires-in");

        await using var host = await VerbHost.StartAsync(arguments.All, cancellationToken);
        var created = await Commands(host).CreateAsync(userId, name, lifetime, cancellationToken);
        if (created is null)
        {
            await errorOutput.WriteLineAsync($"User '{userId}' does not exist; no token was created.");
            return ExitCodes.Failure;
        }

        await output.WriteLineAsync(
            $"Created token {created.Token.Id} '{name}' for user {userId}, expires {Format(created.Token.ExpiresAt) ?? "never"}.");
        await output.WriteLineAsync("It is shown only this once (only its SHA-256 hash is stored):");
        await output.WriteLineAsync(created.Secret);
        return ExitCodes.Success;
    }

    private static async Task<int> RevokeAsync(
        VerbArguments arguments, TextWriter output, TextWriter errorOutput, CancellationToken cancellationToken)
    {
        arguments.Expect(1, "id", "token");
        var (id, secret) = (arguments.Optional("id"), arguments.Optional("token"));
        if ((id is null) == (secret is null))
        {
            throw new UsageException("Give either --id or --token.");
        }

        await using var host = await VerbHost.StartAsync(arguments.All, cancellationToken);
        var token = await Commands(host).RevokeAsync(id, secret, cancellationToken);
        if (token is null)
        {
            await errorOutput.WriteLineAsync("No such token; nothing was revoked.");
            return ExitCodes.Failure;
        }

        await output.WriteLineAsync($"Revoked token {token.Id} '{token.Name}' of user {token.UserId} at {Format(token.RevokedAt)}.");
        return ExitCodes.Success;
    }

    private static async Task<int> ListAsync(VerbArguments arguments, TextWriter output, CancellationToken cancellationToken)
    {
        arguments.Expect(1, "user");
        var userId = arguments.Required("user");

        await using var host = await VerbHost.StartAsync(arguments.All, cancellationToken);
        var now = host.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var tokens = await Commands(host).ListAsync(userId, cancellationToken);
        await output.WriteLineAsync($"{"ID",-24} {"NAME",-16} {"CREATED",-20} {"EXPIRES",-20} STATUS");
        foreach (var token in tokens)
        {
            var status = token.RevokedAt is { } revoked ? "revoked " + Format(revoked)
                : token.ExpiresAt <= now ? "expired"
                : "active";
            await output.WriteLineAsync(
                $"{token.Id,-24} {token.Name,-16} {Format(token.CreatedAt),-20} {Format(token.ExpiresAt) ?? "never",-20} {status}");
        }

        return ExitCodes.Success;
    }

    private static ApiTokenCommands Commands(WebApplication host) => ActivatorUtilities.CreateInstance<ApiTokenCommands>(host.Services);

    private static string? Format(DateTime? at) => at?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
