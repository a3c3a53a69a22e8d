using System;
using System.Linq;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;
using KeyLifecycle.Protocol.Operations;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Protocol.Tests.Operations;

public sealed class WrappingKeyPoolTests
{
    [Theory]
    [InlineData(2048)]
    [InlineData(3072)]
    public async Task TakeAsync_GivesAPairOfThatSize_WhosePrivateKeyOpensWhatItsPublicKeySeals(int bits)
    {
        using var pool = new WrappingKeyPool();

        var pair = await pool.TakeAsync(bits, CancellationToken.None);

        // Checked with System.Security.Cryptography alone: the public key as a client imports it, the private key as the
        // endpoint unwraps with it.
        using var publicKey = RSA.Create();
        publicKey.ImportSubjectPublicKeyInfo(pair.PublicKey, out _);
        publicKey.KeySize.ShouldBe(bits);
        using var privateKey = RSA.Create();
        privateKey.ImportPkcs8PrivateKey(pair.PrivateKey, out _);
        var sealedBytes = publicKey.Encrypt("material"u8.ToArray(), RSAEncryptionPadding.OaepSHA256);
        privateKey.Decrypt(sealedBytes, RSAEncryptionPadding.OaepSHA256).ShouldBe("material"u8.ToArray());
    }

    [Fact]
    public async Task TakeAsync_ManyAtOnce_HandsEachPairOutOnce()
    {
        using var pool = new WrappingKeyPool();

        var pairs = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => pool.TakeAsync(2048, CancellationToken.None).AsTask()));

        pairs.Select(pair => Convert.ToBase64String(pair.PublicKey)).Distinct().Count().ShouldBe(8);
    }

    [Fact]
    public void TakeAsync_OfASizeKmsDoesNotWrapWith_Throws()
    {
        using var pool = new WrappingKeyPool();

        Should.Throw<ArgumentOutOfRangeException>(() => pool.TakeAsync(1024, CancellationToken.None).AsTask()).ParamName.ShouldBe("bits");
    }

    [Fact]
    public async Task TakeAsync_AfterDispose_FailsInsteadOfWaitingForever()
    {
        var pool = new WrappingKeyPool();
        pool.Dispose();

        var failure = await Should.ThrowAsync<System.Threading.Channels.ChannelClosedException>(() => pool.TakeAsync(4096, CancellationToken.None).AsTask());
        failure.InnerException.ShouldBeOfType<ObjectDisposedException>();
    }

    [Fact]
    public async Task TakeAsync_Cancelled_WhileWaiting_StopsWaiting()
    {
        using var pool = new WrappingKeyPool();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        // Nothing of 4096 bits is ready on a fresh pool, so the take waits, and a cancelled wait ends at once.
        await Should.ThrowAsync<OperationCanceledException>(() => pool.TakeAsync(4096, cancelled.Token).AsTask());
    }
}
