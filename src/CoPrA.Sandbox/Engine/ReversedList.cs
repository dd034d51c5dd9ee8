namespace CoPrA.Sandbox.Engine;

/// <summary>A read-only reversed view of a list, so that a newest-first page needs no copy.</summary>
internal sealed class ReversedList<T>(List<T> inner) : IReadOnlyList<T>
{
    public int Count => inner.Count;

    public T this[int index] => inner[inner.Count - 1 - index];

    public IEnumerator<T> GetEnumerator()
    {
        for (int i = inner.Count - 1; i >= 0; i--)
        {
            yield return inner[i];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
