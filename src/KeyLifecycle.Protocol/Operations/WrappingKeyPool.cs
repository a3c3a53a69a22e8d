using System;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace KeyLifecycle.Protocol.Operations;

/// <summary>One RSA wrapping key pair for <c>GetParametersForImport</c>: the private key (PKCS #8) and the public key (SubjectPublicKeyInfo).</summary>
internal sealed record WrappingKeyPair(byte[] PrivateKey, byte[] PublicKey);

/// <summary>
/// RSA wrapping key pairs made ahead of demand, off the request path, so that <c>GetParametersForImport</c> does not
/// spend a request thread on key generation (an RSA-4096 pair takes up to seconds of one core).
/// </summary>
/// <remarks>
/// <para>
/// One background thread makes the pairs, one at a time, so generation never takes more than one core and never a
/// thread-pool thread: the other requests keep the rest of the machine. Each size (2048, 3072, 4096 bits) keeps a few
/// pairs ready, and is made only once some request has asked for it, so an endpoint that never imports never generates.
/// A request that finds none ready waits for the next one without holding a thread.
/// </para>
/// <para>
/// Each pair is handed out once. Thread-safe. <see cref="Dispose"/> stops the thread after the pair it is making and
/// fails every wait with <see cref="ObjectDisposedException"/>; a fault while making a pair fails them with that fault.
/// </para>
/// </remarks>
internal sealed class WrappingKeyPool : IDisposable
{
    private static readonly int[] s_sizes = [2048, 3072, 4096];
    private static readonly int[] s_ready = [4, 2, 2];

    private readonly Channel<WrappingKeyPair>[] _pairs;
    private readonly int[] _demanded = new int[s_sizes.Length];
    private readonly SemaphoreSlim _wake = new(0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _start = new();
    private Thread? _maker;

    public WrappingKeyPool()
    {
        _pairs = new Channel<WrappingKeyPair>[s_sizes.Length];
        for (var i = 0; i < s_sizes.Length; i++)
        {
            _pairs[i] = Channel.CreateBounded<WrappingKeyPair>(new BoundedChannelOptions(s_ready[i]) { SingleWriter = true });
        }
    }

    /// <summary>Takes a pair of <paramref name="bits"/> bits: one made ahead, or the next one made.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bits"/> is not 2048, 3072 or 4096.</exception>
    public ValueTask<WrappingKeyPair> TakeAsync(int bits, CancellationToken cancellationToken)
    {
        var size = Array.IndexOf(s_sizes, bits);
        ArgumentOutOfRangeException.ThrowIfNegative(size, nameof(bits));
        Volatile.Write(ref _demanded[size], 1);
        Start();
        if (_pairs[size].Reader.TryRead(out var pair))
        {
            _wake.Release();   // make its replacement
            return new ValueTask<WrappingKeyPair>(pair);
        }

        _wake.Release();
        return WaitAsync(size, cancellationToken);
    }

    public void Dispose()
    {
        _stop.Cancel();
        _wake.Release();
        Close(new ObjectDisposedException(nameof(WrappingKeyPool)));
    }

    private async ValueTask<WrappingKeyPair> WaitAsync(int size, CancellationToken cancellationToken)
    {
        var pair = await _pairs[size].Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        _wake.Release();
        return pair;
    }

    private void Start()
    {
        if (Volatile.Read(ref _maker) is not null)
        {
            return;
        }

        lock (_start)
        {
            if (_maker is null && !_stop.IsCancellationRequested)
            {
                var maker = new Thread(Make) { IsBackground = true, Name = "KMS wrapping key pairs", Priority = ThreadPriority.BelowNormal };
                maker.Start();
                Volatile.Write(ref _maker, maker);
            }
        }
    }

    // Fills every size asked for, in turn, then sleeps until a pair is taken.
    private void Make()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var made = false;
                for (var i = 0; i < s_sizes.Length && !_stop.IsCancellationRequested; i++)
                {
                    if (Volatile.Read(ref _demanded[i]) == 1 && _pairs[i].Reader.Count < s_ready[i])
                    {
                        using var rsa = RSA.Create(s_sizes[i]);
                        made |= _pairs[i].Writer.TryWrite(new WrappingKeyPair(rsa.ExportPkcs8PrivateKey(), rsa.ExportSubjectPublicKeyInfo()));
                    }
                }

                if (!made)
                {
                    _wake.Wait(_stop.Token);
                }
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // Disposed while asleep.
        }
        catch (Exception exception)
        {
            // A pair that cannot be made is a fault of the platform; waiting requests fail with it rather than wait forever.
            Close(exception);
        }
    }

    // Ends every wait: requests waiting now, and later ones, get the exception instead of a pair.
    private void Close(Exception reason)
    {
        foreach (var pairs in _pairs)
        {
            pairs.Writer.TryComplete(reason);
        }
    }
}
