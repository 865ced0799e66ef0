using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace JobGraph.Server.Data;

/// <summary>Stores timestamps as UTC and reads them back with <see cref="DateTimeKind.Utc"/>.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime(),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
