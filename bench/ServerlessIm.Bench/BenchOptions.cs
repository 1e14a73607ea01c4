using System.Globalization;

namespace ServerlessIm.Bench;

/// <summary>The load: how many senders, conversations and messages each phase sends.</summary>
internal sealed record BenchOptions(int Senders, int Conversations, int MessagesPerSender)
{
    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions(Senders: 8, Conversations: 4, MessagesPerSender: 50);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            options = args[i] switch
            {
                "--senders" => options with { Senders = value },
                "--conversations" => options with { Conversations = value },
                "--messages" => options with { MessagesPerSender = value },
                _ => throw new ArgumentException(
                    $"Unknown option {args[i]}: use --senders, --conversations, --messages."),
            };
        }

        return options;
    }
}
