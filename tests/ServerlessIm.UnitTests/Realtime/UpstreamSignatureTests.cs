using ServerlessIm.Infrastructure.Realtime;

namespace ServerlessIm.UnitTests.Realtime;

public sealed class UpstreamSignatureTests
{
    private const string ConnectionId = "conn-1";

    private readonly string _ourKey = ServiceKeys.NewKey();
    private readonly string _otherKey = ServiceKeys.NewKey();

    [Fact]
    public void IsValid_OurKeyListedAsPrimary_Accepted()
    {
        var header = ServiceKeys.SignatureEntry(ConnectionId, _ourKey) + ","
            + ServiceKeys.SignatureEntry(ConnectionId, _otherKey);

        var valid = UpstreamSignature.IsValid(ConnectionId, header, _ourKey);

        Assert.True(valid);
    }

    [Fact]
    public void IsValid_OurKeyListedAsSecondary_Accepted()
    {
        var header = ServiceKeys.SignatureEntry(ConnectionId, _otherKey) + ", "
            + ServiceKeys.SignatureEntry(ConnectionId, _ourKey);

        var valid = UpstreamSignature.IsValid(ConnectionId, header, _ourKey);

        Assert.True(valid);
    }

    [Fact]
    public void IsValid_LowerCaseHex_Accepted()
    {
        var header = ServiceKeys.SignatureEntry(ConnectionId, _ourKey).ToLowerInvariant();

        var valid = UpstreamSignature.IsValid(ConnectionId, header, _ourKey);

        Assert.True(valid);
    }

    [Fact]
    public void IsValid_OnlyOtherKeys_Rejected()
    {
        var header = ServiceKeys.SignatureEntry(ConnectionId, _otherKey) + ","
            + ServiceKeys.SignatureEntry(ConnectionId, ServiceKeys.NewKey());

        var valid = UpstreamSignature.IsValid(ConnectionId, header, _ourKey);

        Assert.False(valid);
    }

    [Fact]
    public void IsValid_SignatureOfAnotherConnection_Rejected()
    {
        var header = ServiceKeys.SignatureEntry("conn-2", _ourKey);

        var valid = UpstreamSignature.IsValid(ConnectionId, header, _ourKey);

        Assert.False(valid);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("sha256=")]
    [InlineData("sha256=not-hex-at-all-but-sixty-four-characters-long-xxxxxxxxxxxxxxxxxxxx")]
    [InlineData("md5=00")]
    public void IsValid_MissingOrMalformedHeader_Rejected(string? header)
    {
        var valid = UpstreamSignature.IsValid(ConnectionId, header, _ourKey);

        Assert.False(valid);
    }

    [Fact]
    public void IsValid_TamperedSignature_Rejected()
    {
        var entry = ServiceKeys.SignatureEntry(ConnectionId, _ourKey);
        var tampered = entry[..^1] + (entry[^1] == '0' ? '1' : '0');

        var valid = UpstreamSignature.IsValid(ConnectionId, tampered, _ourKey);

        Assert.False(valid);
    }

    [Fact]
    public void IsValid_NoConnectionId_Rejected()
    {
        var header = ServiceKeys.SignatureEntry("", _ourKey);

        var valid = UpstreamSignature.IsValid("", header, _ourKey);

        Assert.False(valid);
    }

    [Fact]
    public void IsValid_NoAccessKeyConfigured_Rejected()
    {
        var header = ServiceKeys.SignatureEntry(ConnectionId, _ourKey);

        var valid = UpstreamSignature.IsValid(ConnectionId, header, accessKey: null);

        Assert.False(valid);
    }

    [Fact]
    public void Sign_OneKey_MatchesTheServiceForm()
    {
        var signed = UpstreamSignature.Sign(ConnectionId, _ourKey);

        Assert.Equal(ServiceKeys.SignatureEntry(ConnectionId, _ourKey), signed);
    }
}
