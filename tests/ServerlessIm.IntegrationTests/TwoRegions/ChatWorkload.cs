using System.Collections.Concurrent;
using ServerlessIm.IntegrationTests.LocalRunner;

namespace ServerlessIm.IntegrationTests.TwoRegions;

/// <summary>
/// Users homed in two regions chatting: one-to-one and group conversations homed in each region, every member
/// sending from one device, each user talking only to their own region. The plan is the same on every run.
/// </summary>
internal sealed class ChatWorkload
{
    private const int ConcurrentSendsPerRegion = 8;
    private readonly Dictionary<string, RegionClient> _clients;
    private readonly Dictionary<string, string> _homes;
    private readonly ConcurrentQueue<SentMessage> _sent = new();
    private readonly ConcurrentDictionary<string, int> _sentByRegion = new(StringComparer.Ordinal);

    private ChatWorkload(
        IReadOnlyList<RegionClient> clients,
        Dictionary<string, string> homes,
        List<PlannedConversation> plan,
        int messages)
    {
        _clients = clients.ToDictionary(static c => c.Region, StringComparer.Ordinal);
        _homes = homes;
        Conversations = plan;
        Messages = messages;
    }

    public IReadOnlyList<PlannedConversation> Conversations { get; }

    /// <summary>How many messages the workload sends in all.</summary>
    public int Messages { get; }

    public IReadOnlyCollection<SentMessage> Sent => _sent;

    public int SentCount => _sent.Count;

    public static ChatWorkload Plan(
        IReadOnlyList<RegionClient> clients,
        int usersPerRegion,
        int conversations,
        int messages)
    {
        var homes = clients
            .SelectMany(c => Enumerable.Range(0, usersPerRegion)
                .Select(i => (User: $"{c.Region[..2]}-user{i}", c.Region)))
            .ToDictionary(static u => u.User, static u => u.Region, StringComparer.Ordinal);
        var byRegion = clients
            .Select(c => homes.Where(h => h.Value == c.Region).Select(static h => h.Key).ToList())
            .ToList();

        var plan = new List<PlannedConversation>();
        for (var i = 0; i < conversations; i++)
        {
            var home = i % 2;
            var other = 1 - home;
            var size = i % 3 == 2 ? 2 : 1;
            var members = Enumerable.Range(0, size)
                .SelectMany(k => new[]
                {
                    byRegion[home][(i + k) % usersPerRegion],
                    byRegion[other][(i + (2 * k) + 1) % usersPerRegion],
                })
                .Distinct(StringComparer.Ordinal)
                .ToList();
            plan.Add(new PlannedConversation(i, clients[home].Region, members[0], members));
        }

        return new ChatWorkload(clients, homes, plan, messages);
    }

    public int SentFrom(string region) => _sentByRegion.GetValueOrDefault(region);

    public string HomeOf(string userId) => _homes[userId];

    /// <summary>Creates each conversation in its home region and waits until the other region has it too.</summary>
    public async Task CreateConversationsAsync(TimeSpan deadline)
    {
        foreach (var conversation in Conversations)
        {
            var created = await _clients[conversation.HomeRegion]
                .CreateConversationAsync(
                    conversation.Creator, conversation.Members, $"conversation {conversation.Index}");
            conversation.Id = created.GetProperty("id").GetString()!;
            Assert.Equal(conversation.HomeRegion, created.GetProperty("homeRegion").GetString());
        }

        foreach (var conversation in Conversations)
        {
            var remote = conversation.Members.First(m => HomeOf(m) != conversation.HomeRegion);
            await Eventually.TrueAsync(
                () => _clients[HomeOf(remote)].CanSeeConversationAsync(remote, conversation.Id),
                deadline,
                $"conversation {conversation.Index} replicated to {HomeOf(remote)}");
        }
    }

    /// <summary>Every member sends its share of the messages in order, all members at once.</summary>
    public async Task SendAllAsync()
    {
        var streams = Conversations
            .SelectMany(static c => c.Members.Select(m => (Conversation: c, Sender: m)))
            .ToList();
        var gates = _clients.Keys.ToDictionary(
            static r => r, static _ => new SemaphoreSlim(ConcurrentSendsPerRegion), StringComparer.Ordinal);

        await Task.WhenAll(streams.Select((stream, index) =>
        {
            var count = (Messages / streams.Count) + (index < Messages % streams.Count ? 1 : 0);
            return SendStreamAsync(stream.Conversation, stream.Sender, count, gates[HomeOf(stream.Sender)]);
        }));

        foreach (var gate in gates.Values)
        {
            gate.Dispose();
        }
    }

    private async Task SendStreamAsync(PlannedConversation conversation, string sender, int count, SemaphoreSlim gate)
    {
        var region = HomeOf(sender);
        var device = "phone-" + sender;
        for (var deviceSeq = 1; deviceSeq <= count; deviceSeq++)
        {
            var message = new SentMessage(
                conversation.Id, sender, device, deviceSeq, $"c{conversation.Index}-{sender}-{deviceSeq}");
            await gate.WaitAsync();
            try
            {
                await _clients[region].SendMessageAsync(sender, message);
            }
            finally
            {
                gate.Release();
            }

            _sent.Enqueue(message);
            _sentByRegion.AddOrUpdate(region, 1, static (_, n) => n + 1);
        }
    }
}
