using Microsoft.Azure.Cosmos;

namespace ServerlessIm.IntegrationTests.Emulators.Cosmos;

public sealed class CosmosQueryTests(CosmosTestServerFixture fixture) : IClassFixture<CosmosTestServerFixture>
{
    [Fact]
    public async Task GetItemQueryIterator_SinglePartitionOrderBy_ResumesInOrderFromEachContinuation()
    {
        var container = await fixture.CreateContainerAsync();
        foreach (var n in new[] { 5, 2, 7, 1, 6, 3, 4 })
        {
            await container.CreateItemAsync(new TestItem($"m{n}", "p", n, false), new PartitionKey("p"));
            await container.CreateItemAsync(new TestItem($"other{n}", "q", n, false), new PartitionKey("q"));
        }

        var query = new QueryDefinition("SELECT * FROM c WHERE c.pk = @pk ORDER BY c.n DESC")
            .WithParameter("@pk", "p");
        var options = new QueryRequestOptions { PartitionKey = new PartitionKey("p"), MaxItemCount = 3 };
        var pages = new List<IReadOnlyList<TestItem>>();
        string? continuation = null;
        do
        {
            // A new iterator per page: the continuation token alone must carry the position.
            using var iterator = container.GetItemQueryIterator<TestItem>(query, continuation, options);
            var page = await iterator.ReadNextAsync();
            pages.Add(page.ToList());
            continuation = page.ContinuationToken;
        }
        while (continuation is not null);

        Assert.True(pages.Count >= 3, $"expected at least 3 pages, got {pages.Count}");
        Assert.All(pages, page => Assert.True(page.Count <= 3));
        Assert.Equal([7, 6, 5, 4, 3, 2, 1], pages.SelectMany(page => page).Select(item => item.N));
        Assert.All(pages.SelectMany(page => page), item => Assert.Equal("p", item.Pk));
    }

    [Fact]
    public async Task GetItemQueryIterator_PartitionKeyOptionOnly_ReturnsThatPartitionAlone()
    {
        var container = await fixture.CreateContainerAsync();
        foreach (var pk in new[] { "a", "b" })
        {
            await container.CreateItemAsync(new TestItem($"{pk}-1", pk, 1, false), new PartitionKey(pk));
            await container.CreateItemAsync(new TestItem($"{pk}-2", pk, 2, false), new PartitionKey(pk));
        }

        var options = new QueryRequestOptions { PartitionKey = new PartitionKey("b") };
        using var iterator = container.GetItemQueryIterator<TestItem>("SELECT * FROM c ORDER BY c.n", null, options);
        var found = await iterator.ReadNextAsync();

        Assert.Equal(["b-1", "b-2"], found.Select(item => item.Id));
    }

    [Fact]
    public async Task GetItemQueryIterator_CrossPartitionFilter_ReturnsMatchesFromEveryPartition()
    {
        var container = await fixture.CreateContainerAsync();
        foreach (var pk in new[] { "a", "b", "c" })
        {
            await container.CreateItemAsync(new TestItem($"{pk}-open", pk, 1, false), new PartitionKey(pk));
            await container.CreateItemAsync(new TestItem($"{pk}-done", pk, 2, true), new PartitionKey(pk));
        }

        var found = await QueryAllAsync(container, new QueryDefinition("SELECT * FROM c WHERE c.flag = false"));

        Assert.Equal(["a-open", "b-open", "c-open"], found.Select(item => item.Id).Order());
    }

    [Fact]
    public async Task GetItemQueryIterator_CrossPartitionTopAndCount_AnswersLikeTheService()
    {
        var container = await fixture.CreateContainerAsync();
        foreach (var n in Enumerable.Range(1, 6))
        {
            var pk = n % 2 == 0 ? "even" : "odd";
            await container.CreateItemAsync(new TestItem($"i{n}", pk, n, n > 4), new PartitionKey(pk));
        }

        var top = await QueryAllAsync(container, new QueryDefinition("SELECT TOP 2 * FROM c ORDER BY c.n DESC"));
        using var countIterator = container.GetItemQueryIterator<int>("SELECT VALUE COUNT(1) FROM c WHERE c.flag");
        var count = await countIterator.ReadNextAsync();

        Assert.Equal([6, 5], top.Select(item => item.N));
        Assert.Equal(2, Assert.Single(count));
    }

    private static async Task<List<TestItem>> QueryAllAsync(Container container, QueryDefinition query)
    {
        var items = new List<TestItem>();
        using var iterator = container.GetItemQueryIterator<TestItem>(query);
        while (iterator.HasMoreResults)
        {
            items.AddRange(await iterator.ReadNextAsync());
        }

        return items;
    }
}
