// Each test runs two regions and a browser; on a two-core machine they run one after another.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
