using System.Security.Cryptography;
using JobGraph.Server.Data;
using Microsoft.Extensions.Options;

namespace JobGraph.Server.Downloads;

/// <summary>The key download links are signed with: <see cref="SigningOptions.Key"/>, or the one kept in the data folder.</summary>
public sealed class SigningKey
{
    public const string FileName = "signing.key";
    private const int GeneratedBytes = 32;

    public SigningKey(IOptions<SigningOptions> signing, IOptions<DatabaseOptions> database, IHostEnvironment environment)
    {
        Bytes = signing.Value.Key is { Length: > 0 } configured
            ? Convert.FromBase64String(configured)
            : ReadOrCreate(Path.Combine(SqliteFiles.DataFolder(database.Value.ConnectionString, environment.ContentRootPath), FileName));
    }

    public byte[] Bytes { get; }

    /// <summary>True when <paramref name="key"/> is base64 of at least 32 bytes.</summary>
    public static bool IsValid(string? key)
    {
        if (string.IsNullOrEmpty(key))
        {
            return true;
        }

        var buffer = new byte[key.Length];
        return Convert.TryFromBase64String(key, buffer, out var length) && length >= GeneratedBytes;
    }

    private static byte[] ReadOrCreate(string path)
    {
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            File.WriteAllText(temp, Convert.ToBase64String(RandomNumberGenerator.GetBytes(GeneratedBytes)));
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            try
            {
                // Replicas starting together race here: the first move wins and every replica reads the winner's key.
                File.Move(temp, path, overwrite: false);
            }
            catch (IOException) when (File.Exists(path))
            {
            }
            finally
            {
                File.Delete(temp);
            }
        }

        var key = File.ReadAllText(path).Trim();
        return IsValid(key) ? Convert.FromBase64String(key)
            : throw new InvalidOperationException($"The signing key file {path} does not hold base64 of at least {GeneratedBytes} bytes.");
    }
}
