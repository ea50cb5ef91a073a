"""redbrief: cited answers from a corpus of extradition and red-notice materials.

Importing the package switches off every network path of the libraries it uses
(model hubs, telemetry, Gradio analytics, LangSmith tracing, RAGAS usage tracking) before
any of them is imported — whatever the user's environment says. Checked by
tests/test_reliability_network.py with every non-loopback socket refused and recorded.
"""

import os

for _key, _value in {
    # huggingface_hub (also inside gradio_client): no hub, no telemetry, and no "agent
    # registry" fetched from huggingface.co when a gradio_client.Client starts.
    "HF_HUB_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "GRADIO_ANALYTICS_ENABLED": "False",
    "TOKENIZERS_PARALLELISM": "false",
    # A LangSmith key and LANGSMITH_TRACING=true in a user's shell would otherwise send
    # every question and retrieved passage of app/lc_retriever.py (and the eval baseline)
    # to LangSmith's cloud. LANGSMITH_* is read before LANGCHAIN_*: both are pinned.
    "LANGSMITH_TRACING": "false",
    "LANGSMITH_TRACING_V2": "false",
    "LANGCHAIN_TRACING": "false",
    "LANGCHAIN_TRACING_V2": "false",
    "RAGAS_DO_NOT_TRACK": "true",
    "DO_NOT_TRACK": "1",
}.items():
    os.environ[_key] = _value  # forced: this app never talks to the network
# Every matrix product on the query path is a small matrix-vector one: BLAS threads only
# add wake-ups, and on busy cores their spinning turns 0.1 ms into 15 ms (benchmarks/).
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from app.assistant import Answer, Assistant, Citation, QuestionError  # noqa: E402
from app.config import Settings  # noqa: E402
from app.filters import Filters  # noqa: E402

__all__ = ["Answer", "Assistant", "Citation", "Filters", "QuestionError", "Settings"]
__version__ = "0.1.0"
