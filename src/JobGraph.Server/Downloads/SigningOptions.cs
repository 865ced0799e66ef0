namespace JobGraph.Server.Downloads;

public sealed class SigningOptions
{
    public const string Section = "Signing";

    /// <summary>
    /// The HMAC key of download links, base64 of at least 32 random bytes (<c>openssl rand -base64 32</c>). When empty,
    /// a key is generated once and kept as <c>signing.key</c> in the data folder, so links survive restarts and
    /// replicas that share the folder accept each other's links.
    /// </summary>
    public string? Key { get; set; }
}
