namespace Drills.Bot.Drills.Checking;

/// <summary>
/// Python's built-in exception classes (3.11-3.14) and the few library ones drills raise, each with its
/// base classes, so a prediction naming a parent of the real exception can be told "close". Names are
/// matched by their last dotted part, any case; old aliases map to today's class.
/// </summary>
public static class ExceptionHierarchy
{
    private static readonly Dictionary<string, string[]> Bases = Build();

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["IOError"] = "OSError",
        ["EnvironmentError"] = "OSError",
        ["WindowsError"] = "OSError",
    };

    /// <summary>Every class name the table knows, for reading names typed with spaces.</summary>
    public static IEnumerable<string> Names => Bases.Keys.Concat(Aliases.Keys);

    /// <summary>The class's name as Python spells it (aliases resolved), or null when the table does not know it.</summary>
    public static string? Canonical(string name)
    {
        var shortName = name[(name.LastIndexOf('.') + 1)..];
        if (Aliases.TryGetValue(shortName, out var target))
        {
            return target;
        }

        return Bases.Keys.FirstOrDefault(k => string.Equals(k, shortName, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>True when <paramref name="ancestor"/> is a base class (direct or not) of <paramref name="type"/>; null when unknown.</summary>
    public static bool? IsBaseOf(string ancestor, string type)
    {
        var (a, t) = (Canonical(ancestor), Canonical(type));
        if (a is null || t is null)
        {
            return a == "BaseException" ? true : null; // every exception, even one the table lacks, is a BaseException
        }

        return a != t && Ancestors(t).Contains(a);
    }

    private static HashSet<string> Ancestors(string type)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>([type]);
        while (queue.TryDequeue(out var current))
        {
            foreach (var parent in Bases.GetValueOrDefault(current, []))
            {
                if (seen.Add(parent))
                {
                    queue.Enqueue(parent);
                }
            }
        }

        return seen;
    }

    private static Dictionary<string, string[]> Build()
    {
        var table = new Dictionary<string, string[]>(StringComparer.Ordinal) { ["BaseException"] = [] };
        void Under(string parent, params string[] children)
        {
            foreach (var child in children)
            {
                table[child] = table.TryGetValue(child, out var more) ? [.. more, parent] : [parent];
            }
        }

        Under("BaseException", "BaseExceptionGroup", "GeneratorExit", "KeyboardInterrupt", "SystemExit", "Exception", "CancelledError");
        Under("Exception", "ArithmeticError", "AssertionError", "AttributeError", "BufferError", "EOFError", "ExceptionGroup",
            "ImportError", "LookupError", "MemoryError", "NameError", "OSError", "ReferenceError", "RuntimeError",
            "StopAsyncIteration", "StopIteration", "SyntaxError", "SystemError", "TypeError", "ValueError", "Warning",
            "InvalidStateError", "QueueEmpty", "QueueFull");
        Under("BaseExceptionGroup", "ExceptionGroup");
        Under("ArithmeticError", "FloatingPointError", "OverflowError", "ZeroDivisionError");
        Under("ImportError", "ModuleNotFoundError");
        Under("LookupError", "IndexError", "KeyError");
        Under("NameError", "UnboundLocalError");
        Under("OSError", "BlockingIOError", "ChildProcessError", "ConnectionError", "FileExistsError", "FileNotFoundError",
            "InterruptedError", "IsADirectoryError", "NotADirectoryError", "PermissionError", "ProcessLookupError", "TimeoutError");
        Under("ConnectionError", "BrokenPipeError", "ConnectionAbortedError", "ConnectionRefusedError", "ConnectionResetError");
        Under("RuntimeError", "NotImplementedError", "PythonFinalizationError", "RecursionError");
        Under("SyntaxError", "IndentationError");
        Under("IndentationError", "TabError");
        Under("ValueError", "UnicodeError", "JSONDecodeError");
        Under("UnicodeError", "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeTranslateError");
        Under("AttributeError", "FrozenInstanceError");
        Under("Warning", "BytesWarning", "DeprecationWarning", "EncodingWarning", "FutureWarning", "ImportWarning",
            "PendingDeprecationWarning", "ResourceWarning", "RuntimeWarning", "SyntaxWarning", "UnicodeWarning", "UserWarning");
        return table;
    }
}
