using ServerlessIm.Local.Triggers.Timers;

namespace ServerlessIm.IntegrationTests.LocalRunner;

public sealed class TimerScheduleTests
{
    private static readonly DateTimeOffset Noon = new(2026, 1, 1, 12, 0, 3, TimeSpan.Zero);

    [Fact]
    public void Next_SixFieldCron_CountsSeconds()
    {
        var schedule = TimerSchedule.Parse("*/15 * * * * *");

        var next = schedule.Next(Noon);

        Assert.Equal(Noon.AddSeconds(12), next);
    }

    [Fact]
    public void Next_FiveFieldCron_CountsMinutes()
    {
        var schedule = TimerSchedule.Parse("*/5 * * * *");

        var next = schedule.Next(Noon);

        Assert.Equal(new DateTimeOffset(2026, 1, 1, 12, 5, 0, TimeSpan.Zero), next);
    }

    [Fact]
    public void Next_TimeSpanSchedule_AddsThePeriod()
    {
        var schedule = TimerSchedule.Parse("00:00:30");

        var next = schedule.Next(Noon);

        Assert.Equal(Noon.AddSeconds(30), next);
    }
}
