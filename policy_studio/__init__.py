"""Policy Studio: bilingual privacy policies from a library of vetted clauses."""
