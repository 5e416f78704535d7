using System.Reflection;
using NetArchTest.Rules;

namespace Drills.Bot.Tests.Architecture;

/// <summary>
/// Which folder uses which, read from the compiled assembly: a folder is the namespace part after the root
/// (<c>Drills.Bot.Posting.Prediction</c> is in Posting), and a type uses whatever its signatures, fields, attributes and
/// method bodies (IL) reference, compiler-made closures and state machines included.
/// </summary>
internal static class FolderGraph
{
    public static IReadOnlyList<Dependency> Of(Assembly assembly, string root, IReadOnlyList<string> exempt)
    {
        var all = Types.InAssembly(assembly);
        var folders = all.GetTypes().Select(t => FolderOf(t.Namespace, root)).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        var graph = new List<Dependency>();
        foreach (var from in folders)
        {
            foreach (var to in folders.Where(f => f != from))
            {
                var types = exempt.Aggregate(all.That().ResideInNamespace($"{root}.{from}"), (list, ns) => list.And().DoNotResideInNamespace(ns));
                var result = types.ShouldNot().HaveDependencyOn($"{root}.{to}").GetResult();
                if (!result.IsSuccessful)
                {
                    graph.Add(new Dependency(from, to, result.FailingTypeNames.Order(StringComparer.Ordinal).ToList()));
                }
            }
        }

        return graph;
    }

    private static string? FolderOf(string? ns, string root) =>
        ns is not null && ns.StartsWith(root + ".", StringComparison.Ordinal) ? ns[(root.Length + 1)..].Split('.')[0] : null;
}
