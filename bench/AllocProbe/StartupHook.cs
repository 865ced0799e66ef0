using System.Globalization;

#pragma warning disable CA1050 // The runtime looks the hook up by this exact name, in the global namespace.

/// <summary>
/// Writes the process's allocated bytes and GC counts to the file named by <c>ALLOC_PROBE_FILE</c> every 100 ms, so
/// the benchmark can divide the bytes allocated during a load run by the requests it answered.
/// </summary>
internal static class StartupHook
{
    public static void Initialize()
    {
        var path = Environment.GetEnvironmentVariable("ALLOC_PROBE_FILE");
        if (string.IsNullOrEmpty(path))
        {
            return;
        }

        var thread = new Thread(() =>
        {
            var temp = $"{path}.{Environment.ProcessId}.tmp";
            while (true)
            {
                var line = string.Create(CultureInfo.InvariantCulture,
                    $"{GC.GetTotalAllocatedBytes(precise: false)} {GC.CollectionCount(0)} {GC.CollectionCount(1)} {GC.CollectionCount(2)}\n");
                File.WriteAllText(temp, line);
                File.Move(temp, path, overwrite: true);
                Thread.Sleep(100);
            }
        })
        { IsBackground = true, Name = "alloc-probe" };
        thread.Start();
    }
}
