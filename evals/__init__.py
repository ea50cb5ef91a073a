"""The evaluation suite: gold questions, metrics, the LangChain baseline, reports.

It drives the same ``Assistant`` API as the CLI and the web page. See evals/README.md.
"""
