namespace JobGraph.Server.Storage;

public static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddBlobStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.Path), "Storage:Path is required.")
            .ValidateOnStart();
        return services.AddSingleton<IBlobStore, FileBlobStore>();
    }
}
