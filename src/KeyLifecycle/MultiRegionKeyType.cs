namespace KeyLifecycle;

/// <summary>The role of a multi-Region key among its related keys (<c>MultiRegionConfiguration.MultiRegionKeyType</c>).</summary>
public enum MultiRegionKeyType
{
    /// <summary><c>PRIMARY</c>: the key replicas are made from.</summary>
    Primary,

    /// <summary><c>REPLICA</c>: a copy of a primary key in another Region.</summary>
    Replica,
}
