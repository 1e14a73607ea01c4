using ServerlessIm.IntegrationTests.Fixtures;

namespace ServerlessIm.IntegrationTests.Storage;

[Collection(CosmosTests.Name)]
public sealed class SubmissionStoreTests(CosmosServerFixture cosmos) : StoresTest(cosmos)
{
    [Fact]
    public async Task AcceptAsync_SlotTakenByAnotherMessage_ReturnsTheHolder()
    {
        var conversationId = Samples.NewConversationId();
        var first = Samples.Submission(conversationId, 1, clientMessageId: "m-first");

        var accepted = await Stores.Submissions.AcceptAsync(first, default);
        var second = await Stores.Submissions.AcceptAsync(first with { ClientMessageId = "m-second" }, default);

        Assert.Equal(first, accepted);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task FindAcceptedAsync_AcceptedSlot_FindsOnlyThatDeviceAndNumber()
    {
        var conversationId = Samples.NewConversationId();
        var submission = Samples.Submission(conversationId, 1, senderId: "alice/#?\\");
        await Stores.Submissions.AcceptAsync(submission, default);

        var found = await Stores.Submissions.FindAcceptedAsync(conversationId, submission.Device, 1, default);
        var nextNumber = await Stores.Submissions.FindAcceptedAsync(conversationId, submission.Device, 2, default);
        var otherDevice = await Stores.Submissions.FindAcceptedAsync(
            conversationId, submission.Device with { DeviceId = "tablet" }, 1, default);

        Assert.Equal(submission, found);
        Assert.Null(nextNumber);
        Assert.Null(otherDevice);
    }

    [Fact]
    public async Task ListUnpublishedAsync_AcceptedSubmissions_ListsThoseOlderThanTheCutoffUntilMarked()
    {
        var conversationId = Samples.NewConversationId();
        var old = Samples.Submission(conversationId, 1);
        var marked = Samples.Submission(conversationId, 2);
        await Stores.Submissions.AcceptAsync(old, default);
        await Stores.Submissions.AcceptAsync(marked, default);
        await Stores.Submissions.HoldAsync(Samples.Submission(conversationId, 3), default);
        Stores.Clock.Advance(TimeSpan.FromSeconds(10));
        await Stores.Submissions.AcceptAsync(Samples.Submission(conversationId, 4), default);

        await Stores.Submissions.MarkPublishedAsync(marked, default);
        var unpublished = await Stores.Submissions.ListUnpublishedAsync(
            Stores.Clock.GetUtcNow().AddSeconds(-5), 10, default);

        Assert.Equal([old], unpublished);
    }

    [Fact]
    public async Task HoldAsync_HeldSubmission_IsFoundUntilReleased()
    {
        var conversationId = Samples.NewConversationId();
        var held = Samples.Submission(conversationId, 3);
        await Stores.Submissions.HoldAsync(held, default);
        await Stores.Submissions.HoldAsync(held, default);

        var found = await Stores.Submissions.FindHeldAsync(conversationId, held.Device, 3, default);
        var accepted = await Stores.Submissions.FindAcceptedAsync(conversationId, held.Device, 3, default);
        await Stores.Submissions.ReleaseHeldAsync(held, default);
        await Stores.Submissions.ReleaseHeldAsync(held, default);
        var released = await Stores.Submissions.FindHeldAsync(conversationId, held.Device, 3, default);

        Assert.Equal(held, found);
        Assert.Null(accepted);
        Assert.Null(released);
    }
}
