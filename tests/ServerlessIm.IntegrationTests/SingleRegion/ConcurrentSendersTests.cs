using System.Text.Json;
using ServerlessIm.IntegrationTests.Fixtures;

namespace ServerlessIm.IntegrationTests.SingleRegion;

[Collection(CosmosTests.Name)]
public sealed class ConcurrentSendersTests(CosmosServerFixture cosmos) : RegionTest(cosmos)
{
    private const int Senders = 8;

    private static readonly string[] SenderIds = Enumerable.Range(0, Senders).Select(static s => $"user-{s}").ToArray();

    [Fact]
    public async Task SendMessage_EightSendersAtOnce_SequencesEveryMessageOnceWithoutHolesInEachSendersOrder()
    {
        const int PerSender = 200;
        var conversationId = await CreateConversationAsync(SenderIds[0], SenderIds[1..]);

        var seqs = await SendFromEverySenderAsync(conversationId, PerSender, expectedStatus: 201);

        var stored = await ReadAllAsync(conversationId);
        var all = Enumerable.Range(1, Senders * PerSender).Select(static s => (long)s).ToList();
        Assert.Equal(all, seqs.SelectMany(static s => s).Order());
        Assert.Equal(all, stored.Select(static m => m.GetProperty("seq").GetInt64()));
        Assert.All(
            stored.GroupBy(static m => m.GetProperty("senderId").GetString()),
            static sender => Assert.Equal(
                Enumerable.Range(1, PerSender).Select(static s => (long)s),
                sender.Select(static m => m.GetProperty("deviceSeq").GetInt64())));
    }

    [Fact]
    public async Task SendMessage_EachRequestRepeatedAfterConcurrentSends_Answers200WithTheSameSeq()
    {
        const int PerSender = 25;
        var conversationId = await CreateConversationAsync(SenderIds[0], SenderIds[1..]);
        var first = await SendFromEverySenderAsync(conversationId, PerSender, expectedStatus: 201);

        var repeated = await SendFromEverySenderAsync(conversationId, PerSender, expectedStatus: 200);

        Assert.Equal(first, repeated);
        Assert.Equal(Senders * PerSender, (await ReadAllAsync(conversationId)).Count);
    }

    /// <summary>Every sender sends deviceSeq 1..count at once with the others; returns each sender's seqs.</summary>
    private async Task<List<long>[]> SendFromEverySenderAsync(string conversationId, int count, int expectedStatus)
    {
        var senders = SenderIds.Select(senderId => Task.Run(async () =>
        {
            var token = Region.TokenFor(senderId);
            var seqs = new List<long>(count);
            for (var deviceSeq = 1; deviceSeq <= count; deviceSeq++)
            {
                var answer = await Api.SendAsync(token, conversationId, $"m-{deviceSeq}", deviceSeq);
                Assert.True(answer.Status == expectedStatus, $"{senderId} #{deviceSeq}: {answer.Status} {answer.Body}");
                seqs.Add(answer.Number("seq"));
            }

            return seqs;
        }));
        return await Task.WhenAll(senders);
    }

    private async Task<List<JsonElement>> ReadAllAsync(string conversationId)
    {
        var token = Region.TokenFor(SenderIds[0]);
        var messages = new List<JsonElement>();
        long after = 0;
        while (true)
        {
            var page = await Api.ListMessagesAsync(token, conversationId, $"?after={after}&limit=200");
            var items = page.Body.GetProperty("messages").EnumerateArray().ToList();
            if (items.Count == 0)
            {
                return messages;
            }

            messages.AddRange(items);
            after = page.Number("next");
        }
    }
}
