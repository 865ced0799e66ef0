using System.Data.Common;

namespace JobGraph.Server.Data.Sql;

/// <summary>Told before every read <see cref="SqlReads"/> sends; may delay it or stop it by throwing (e.g. a diagnostic hook).</summary>
public interface ISqlReadListener
{
    ValueTask OnExecutingAsync(DbCommand command, CancellationToken cancellationToken);
}
